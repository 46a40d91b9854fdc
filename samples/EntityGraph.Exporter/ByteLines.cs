namespace EntityGraph.Exporter;

/// <summary>
/// Splits a stream into lines of bytes at <c>\n</c> (a <c>\r</c> before it is dropped), so that each line of
/// a JSON Lines file is decoded on its own: one mis-encoded line is reported by number instead of spoiling
/// the file, and the file is never held in memory whole.
/// </summary>
public static class ByteLines
{
    /// <summary>The lines of <paramref name="stream"/> with their 1-based numbers; the last line may lack its <c>\n</c>.</summary>
    /// <exception cref="IOException">Reading failed.</exception>
    public static IEnumerable<(int Number, byte[] Bytes)> Read(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        int number = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            while (start < read)
            {
                int nl = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                if (nl < 0)
                {
                    line.Write(buffer, start, read - start);
                    break;
                }
                line.Write(buffer, start, nl - start);
                yield return (++number, Take(line));
                start = nl + 1;
            }
        }
        if (line.Length > 0) yield return (++number, Take(line));
    }

    private static byte[] Take(MemoryStream line)
    {
        int length = (int)line.Length;
        var bytes = line.GetBuffer();
        if (length > 0 && bytes[length - 1] == '\r') length--;
        var result = bytes.AsSpan(0, length).ToArray();
        line.SetLength(0);
        return result;
    }
}
