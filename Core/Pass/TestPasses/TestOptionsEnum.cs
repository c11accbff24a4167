namespace Dialectic.Core.Pass.TestPasses;

/// <summary>The enum option of <see cref="TestOptionsPass"/>.</summary>
public enum TestOptionsEnum
{
    [PassOptionValue("zero", "Example zero value")]
    Zero,

    [PassOptionValue("one", "Example one value")]
    One,

    [PassOptionValue("two", "Example two value")]
    Two,
}
