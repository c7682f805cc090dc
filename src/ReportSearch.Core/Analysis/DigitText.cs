namespace ReportSearch.Analysis;

/// <summary>
/// The value of a run of decimal digits as a regex's <c>\d</c> matches them: ASCII, fullwidth (２０２１) or another
/// script's. int.Parse refuses all but ASCII and threw inside the metadata rules, which lost the whole file
/// (a law's history line written 2001年3月１日…通过 was enough). Every number read from a \d group goes through here.
/// </summary>
public static class DigitText
{
    public static int Value(ReadOnlySpan<char> digits)
    {
        int n = 0;
        foreach (char c in digits)
        {
            int d = (int)char.GetNumericValue(c);
            if (d is < 0 or > 9) throw new FormatException($"'{digits}' is not a run of decimal digits");
            n = checked(n * 10 + d);
        }
        return n;
    }
}
