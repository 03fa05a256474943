using SaaS.Enterprises;


namespace SaaS.IntegrationTests;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91330100716105852F")]
    [InlineData("91440300708461136T")]
    [InlineData("914403001922038216")]
    [InlineData("91110000600037341L")]
    public void Real_codes_pass(string code) => Assert.Null(UnifiedSocialCreditCode.Problem(code));

    [Theory]
    [InlineData("91330100716105852E", "check character should be 'F'")]
    [InlineData("9133010071610585", "18 characters")]
    [InlineData("91330100716105852I", "'I' cannot appear")]
    [InlineData("913301007161o5852F", "'o' cannot appear")]
    [InlineData("91A30100716105852F", "administrative division")]
    [InlineData("", "required")]
    public void Mistyped_codes_say_what_is_wrong(string code, string expected) =>
        Assert.Contains(expected, UnifiedSocialCreditCode.Problem(code));
}
