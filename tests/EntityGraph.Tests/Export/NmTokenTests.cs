using System.Xml;
using EntityGraph.Export;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class NmTokenTests
{
    [TestCase("country:PRK", "country:PRK")]
    [TestCase("person:kim-jong-un", "person:kim-jong-un")]
    [TestCase("org:un_security.council", "org:un_security.council")]
    [TestCase("person:Kim Jong Un", "person:Kim_x0020_Jong_x0020_Un")]
    [TestCase("org:Ünion", "org:_x00DC_nion")]
    [TestCase("a/b", "a_x002F_b")]
    [TestCase("a_xb", "a_x005F_xb")] // an underscore before 'x' would read as an escape, so it is escaped itself
    [TestCase("x_", "x_")]
    [TestCase("", "_x_")]
    [TestCase("\uD83C\uDDF0\uD83C\uDDF5", "_xD83C__xDDF0__xD83C__xDDF5_")] // a flag emoji: one escape per UTF-16 unit
    [TestCase("bad\u0001", "bad_x0001_")]
    public void Encodes_to_the_expected_token_and_back(string id, string expected)
    {
        Assert.That(NmToken.Encode(id), Is.EqualTo(expected));
        Assert.That(NmToken.Decode(expected), Is.EqualTo(id));
        Assert.DoesNotThrow(() => XmlConvert.VerifyNMTOKEN(expected));
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public bool Any_string_becomes_a_valid_NMTOKEN_that_decodes_back(string? value)
    {
        value ??= "";
        var token = NmToken.Encode(value);
        XmlConvert.VerifyNMTOKEN(token);
        return NmToken.Decode(token) == value && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '_');
    }
}
