using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Dialectic.Core.Support;

/// <summary>
/// Runs work on a thread with a large stack, so recursive-descent parsing and printing of deeply nested IR
/// (bounded by the parser's nesting limit) cannot overflow. The stack is reserved, not committed.
/// </summary>
public static class BigStack
{
    /// <summary>Stack size of the worker thread: 1 GiB of address space.</summary>
    public const int StackSize = 1 << 30;

    /// <summary>Runs <paramref name="work"/> on a big-stack thread and returns its result (exceptions rethrown).</summary>
    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                error = ExceptionDispatchInfo.Capture(e);
            }
        }, StackSize);
        thread.Start();
        thread.Join();
        error?.Throw();
        return result;
    }
}
