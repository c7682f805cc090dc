using System.IO.Compression;
using System.Text;
using ReportSearch.Core.Tests.Ingestion;
using ReportSearch.Ingestion;
using Xunit.Abstractions;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>
/// The shipped kind model (<see cref="KindModel"/>) is trained on the tune part of the development set, never the
/// held-out part, and what it answers must hold on documents it was not trained on. Both are checked here wherever the
/// set is at hand. REPORTSEARCH_WRITE_KIND_MODEL=path writes the model trained now to that path
/// (tools/devset/train_kind_model.sh writes it over the shipped one).
/// </summary>
public sealed class KindModelTrainingTests(ITestOutputHelper output)
{
    private const string WriteVariable = "REPORTSEARCH_WRITE_KIND_MODEL";
    private const int Folds = 5;
    // What GuessedKinds promises: a guessed kind is right at least this often on documents left out of training.
    private const double MinPrecision = 0.95;

    [DevSetFact]
    public void Shipped_model_is_the_one_trained_on_the_tune_part()
    {
        var trained = Write(KindModel.Train(TuneOpenings()));
        if (Environment.GetEnvironmentVariable(WriteVariable) is { Length: > 0 } path)
        {
            using var gzip = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
            gzip.Write(new UTF8Encoding(false).GetBytes(trained));
        }
        var shippedPath = Path.Combine(TestIndex.RepoRoot, "src", "ReportSearch.Core", "Ingestion", "Metadata", "KindModel.tsv.gz");
        using var shipped = new StreamReader(new GZipStream(File.OpenRead(shippedPath), CompressionMode.Decompress), Encoding.UTF8);
        Assert.True(shipped.ReadToEnd() == trained,
            $"{shippedPath} is not the model the tune part trains now (parsing or labels changed): run tools/devset/train_kind_model.sh");
    }

    [DevSetFact]
    public void Guessed_kinds_are_right_on_documents_left_out_of_training()
    {
        var documents = TuneOpenings();
        int guessed = 0, right = 0;
        var wrong = new List<string>();
        for (int fold = 0; fold < Folds; fold++)
        {
            var model = KindModel.Train(documents.Where((_, i) => i % Folds != fold));
            foreach (var (lines, kind) in documents.Where((_, i) => i % Folds == fold))
            {
                if (model.Guess(lines) is not { } guess) continue;
                guessed++;
                if (guess == kind) right++;
                else wrong.Add($"{kind} guessed {guess}");
            }
        }
        double precision = (double)right / guessed;
        output.WriteLine($"{Folds}-fold cross-validation on {documents.Count} tune documents: {guessed} guessed, {right} right ({precision:P1}); wrong: {string.Join(", ", wrong)}");
        Assert.True(guessed > documents.Count / 5, $"only {guessed} of {documents.Count} guessed: the model answers too rarely to be worth its place");
        Assert.True(precision >= MinPrecision, $"guessed kinds right {precision:P1} of the time, below {MinPrecision:P0}: {string.Join(", ", wrong)}");
    }

    // The tune part's labelled documents at hand, in file order, each as the recognition view of its body's lines.
    private static List<(IEnumerable<string> Lines, string Kind)> TuneOpenings() =>
        DevSetLabel.Load(DevSetFolder.LabelsPath)
            .Where(l => l.Split == DevSetLabel.Tune && l.Kind is not null && DevSetFolder.IsAtHand(l))
            .OrderBy(l => l.File, StringComparer.Ordinal)
            .Select(l => (BodyLines(l.File), l.Kind!))
            .ToList();

    private static IEnumerable<string> BodyLines(string file)
    {
        var fullPath = Path.Combine(DevSetFolder.DocsDir, file);
        var report = IngestionTestSupport.Parse(fullPath, file, File.ReadAllBytes(fullPath));
        return report.Sections.SelectMany(s => s.Text.Split('\n')).Select(ChineseText.ForMatching).ToList();
    }

    private static string Write(KindModel model)
    {
        var text = new StringWriter();
        model.Write(text);
        return text.ToString();
    }
}
