namespace CorpusPortal.Web.OpenData;

/// <summary>
/// The JSON API's refusals as problem details (RFC 9457, <c>application/problem+json</c>): a title, the status, what
/// was wrong in <c>detail</c>, and the parameter it concerns.
/// </summary>
public static class ApiProblems
{
    public static IResult BadParameter(string parameter, string? value, string expected) =>
        Results.Problem(
            title: "A parameter is not valid",
            detail: $"{parameter} '{value}' is not valid: {expected}",
            statusCode: StatusCodes.Status400BadRequest,
            type: "https://www.rfc-editor.org/rfc/rfc9110#name-400-bad-request",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    public static IResult NotFound(string what) =>
        Results.Problem(
            title: "Not found",
            detail: what,
            statusCode: StatusCodes.Status404NotFound,
            type: "https://www.rfc-editor.org/rfc/rfc9110#name-404-not-found");
}

/// <summary>
/// Query parameters read by the API itself (not by model binding), so a value out of range or not a number is
/// answered as a problem that names the parameter, never as an empty 400.
/// </summary>
public static class ApiParameters
{
    /// <summary>The whole number <paramref name="value"/> between <paramref name="min"/> and <paramref name="max"/>, <paramref name="fallback"/> when absent, or the problem.</summary>
    public static (int Value, IResult? Problem) Number(string name, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            return (fallback, null);
        }
        return int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? (number, null)
            : (0, ApiProblems.BadParameter(name, value, $"a whole number from {min} to {max}"));
    }

    /// <summary>One of <paramref name="allowed"/>, null when absent, or the problem.</summary>
    public static (string? Value, IResult? Problem) OneOf(string name, string? value, IReadOnlyCollection<string> allowed) =>
        string.IsNullOrEmpty(value) ? (null, null)
        : allowed.Contains(value) ? (value, null)
        : (null, ApiProblems.BadParameter(name, value, "one of " + string.Join(", ", allowed)));
}
