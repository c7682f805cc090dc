# ReportSearch: one image with the query host and the indexer worker (docker compose runs one of each).
#   docker build -t reportsearch .
#   docker compose -f deploy/compose.yaml up -d
# The runtime image is Ubuntu based and ships ICU (libicu), which the analyzer needs for word segmentation
# and which the chiseled/"extra"-less images leave out.

ARG DOTNET_VERSION=10.0
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION}-noble AS build
ARG RID=linux-x64
WORKDIR /src
# Restore first, from the project files only, so that source edits reuse the cached packages layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ReportSearch.Core/ReportSearch.Core.csproj src/ReportSearch.Core/
COPY src/ReportSearch.Hosting/ReportSearch.Hosting.csproj src/ReportSearch.Hosting/
COPY src/ReportSearch.Host/ReportSearch.Host.csproj src/ReportSearch.Host/
COPY src/ReportSearch.Indexer/ReportSearch.Indexer.csproj src/ReportSearch.Indexer/
RUN dotnet restore src/ReportSearch.Host -r ${RID} && dotnet restore src/ReportSearch.Indexer -r ${RID}
COPY src/ src/
# Single-file, ReadyToRun, framework-dependent (the properties apply whenever a runtime identifier is given).
RUN dotnet publish src/ReportSearch.Host -c Release -r ${RID} --no-restore -o /out/host \
 && dotnet publish src/ReportSearch.Indexer -c Release -r ${RID} --no-restore -o /out/indexer

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}-noble AS runtime
# The analyzer segments words with ICU: globalization must stay on, and libicu must be present.
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    DOTNET_BUNDLE_EXTRACT_BASE_DIR=/tmp/dotnet-bundle \
    ASPNETCORE_HTTP_PORTS=8080
RUN apt-get update \
 && apt-get install -y --no-install-recommends libicu74 \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data/index /archive \
 && chown -R app:app /data
COPY --from=build /out/host /opt/reportsearch/host
COPY --from=build /out/indexer /opt/reportsearch/indexer
# The images' built-in non-root user (uid 1654).
USER app
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8080
# Default: the query host. The compose file runs the indexer from the same image.
ENTRYPOINT ["/opt/reportsearch/host/ReportSearch.Host"]
CMD ["--index", "/data/index", "--urls", "http://0.0.0.0:8080", "--Indexing:InProcess=false"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD ["/bin/bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ' 200 ' <&3"]
