using System.Globalization;
using System.Text;
using System.Xml;

namespace EntityGraph.Export;

/// <summary>
/// The one way our XML writers (GraphML, GEXF) open their output, so every XML format gets the same
/// encoding, indentation and line-break handling from a <see cref="Stream"/>, a <see cref="TextWriter"/> or a string.
/// </summary>
internal static class XmlOutput
{
    /// <summary>Writes UTF-8 (no byte order mark) to <paramref name="stream"/>, which stays open.</summary>
    public static void ToStream(Stream stream, Action<XmlWriter> write)
    {
        using var xml = XmlWriter.Create(stream, Settings(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
        write(xml);
    }

    /// <summary>Writes to <paramref name="writer"/> in its encoding; the writer stays open.</summary>
    public static void ToWriter(TextWriter writer, Action<XmlWriter> write)
    {
        using var xml = XmlWriter.Create(writer, Settings(writer.Encoding));
        write(xml);
    }

    /// <summary>The written document as a string.</summary>
    public static string ToText(Action<XmlWriter> write)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        ToWriter(sw, write);
        return sw.ToString();
    }

    private static XmlWriterSettings Settings(Encoding encoding) => new()
    {
        Encoding = encoding,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // Entitize keeps carriage returns (and line breaks inside attributes) through a reader's
        // end-of-line normalisation, so evidence sentences come back exactly.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };
}
