using System;
using Dialectic.Tools.Run;

return RunMain.Run(args, Console.In, Console.Out, Console.Error);
