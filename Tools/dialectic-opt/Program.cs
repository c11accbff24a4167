using System;
using Dialectic.Tools.Opt;

// The process ends with Run: large inputs skip the collection that would only free IR at exit.
OptMain.ProcessExitsAfterRun = true;
return OptMain.Run(args, Console.In, Console.Out, Console.Error);
