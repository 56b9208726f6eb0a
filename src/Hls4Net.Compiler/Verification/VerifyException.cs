namespace Hls4Net.Verification;

/// <summary>A verify request that cannot be carried out (bad option combination, unknown trace layer...).</summary>
public sealed class VerifyException : Hls4NetException
{
    public VerifyException(string message) : base(Hls4NetErrorCategory.InvalidRequest, message) { }
}
