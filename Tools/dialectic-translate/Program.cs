using System;
using Dialectic.Tools.Translate;

return TranslateMain.Run(args, Console.In, Console.Out, Console.Error);
