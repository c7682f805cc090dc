using Lucene.Net.Store;
using ReportSearch.Engine;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>Index folders are read through inputs that read <see cref="IndexDirectories.ReadBufferBytes"/> at a time,
/// whole files and compound-file slices alike, and read the same bytes as before.</summary>
public sealed class IndexDirectoriesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rs-dir-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder)) System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100_000)]
    public void Files_and_their_slices_are_read_with_the_larger_buffer_and_give_back_what_was_written(int length)
    {
        System.IO.Directory.CreateDirectory(_folder);
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        using var directory = IndexDirectories.Open(_folder);
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT)) output.WriteBytes(bytes, bytes.Length);

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        Assert.Equal(IndexDirectories.ReadBufferBytes, Assert.IsAssignableFrom<BufferedIndexInput>(input).BufferSize);
        using var clone = (IndexInput)input.Clone();
        Assert.Equal(IndexDirectories.ReadBufferBytes, Assert.IsAssignableFrom<BufferedIndexInput>(clone).BufferSize);
        var read = new byte[length];
        clone.ReadBytes(read, 0, length);
        Assert.Equal(bytes, read);

        using var slicer = directory.CreateSlicer("data.bin", IOContext.DEFAULT);
        int from = length / 3;
        using var slice = slicer.OpenSlice("part", from, length - from);
        Assert.Equal(IndexDirectories.ReadBufferBytes, Assert.IsAssignableFrom<BufferedIndexInput>(slice).BufferSize);
        var part = new byte[length - from];
        slice.ReadBytes(part, 0, part.Length);
        Assert.Equal(bytes[from..], part);
    }
}
