using System;
using Dialectic.Tools.Opt;

return OptMain.Run(args, Console.In, Console.Out, Console.Error);
