using System.Buffers;

namespace TeamsMentor.Protocol.Hosting;

/// <summary>A request body in a rented array; call <see cref="Return"/> once done.</summary>
internal readonly record struct PooledBody(byte[] Buffer, int Length)
{
    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);

    public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
}
