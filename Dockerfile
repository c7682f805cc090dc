# One image with both programs: the query host (default) and the indexer worker (see compose.yaml).
# The Debian-based .NET images carry ICU (libicu), which the analyzer (icu.net) and GB18030/Big5 decoding need:
# do not switch to an Alpine or "chiseled" image without adding ICU.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/ReportSearch.Host -c Release -o /out/host \
 && dotnet publish src/ReportSearch.Indexer -c Release -o /out/indexer

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Optional converters (OCR, .doc/.wps): uncomment to include them (several hundred MB).
# RUN apt-get update && apt-get install -y --no-install-recommends ocrmypdf tesseract-ocr-chi-sim tesseract-ocr-chi-tra libreoffice-writer-nogui && rm -rf /var/lib/apt/lists/*
COPY --from=build /out /opt/reportsearch
RUN mkdir -p /var/lib/reportsearch && chown "$APP_UID" /var/lib/reportsearch
# The images' built-in non-root user.
USER $APP_UID
WORKDIR /var/lib/reportsearch
ENV ASPNETCORE_URLS=http://+:8080 DOTNET_ENVIRONMENT=Production
EXPOSE 8080
ENTRYPOINT ["dotnet", "/opt/reportsearch/host/ReportSearch.Host.dll"]
CMD ["--index", "/var/lib/reportsearch/index", "--Indexing:InProcess=false"]
