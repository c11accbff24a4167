using System.Collections.Generic;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Builtin;

namespace Dialectic.Dialects.Llvm.Target;

/// <summary>
/// Translates a <c>builtin.module</c> of llvm dialect ops to LLVM IR text, as <c>mlir-translate --mlir-to-llvmir</c>
/// does: module header, identified struct types, globals, functions in module order, then the declarations of
/// the intrinsics used and the debug-info-version module flag. Anything the translation cannot express is a
/// located error diagnostic on the module's context; no exception escapes.
/// </summary>
public static class LlvmIrExport
{
    /// <summary>Translates <paramref name="module"/>; returns the LLVM IR text, or null after emitting an error.</summary>
    public static string? Translate(Operation module)
    {
        try
        {
            return TranslateOrThrow(module);
        }
        catch (TranslationException e)
        {
            (e.Op ?? module).EmitError(e.Message);
            return null;
        }
    }

    private static string TranslateOrThrow(Operation module)
    {
        if (module is not ModuleOp)
            throw new TranslationException(module, LlvmIrFunctionWriter.MissingInterface(module.Name.Name));
        var types = new LlvmIrTypeWriter();
        var constants = new LlvmIrConstantWriter(types);
        var intrinsics = new LlvmIrIntrinsics();
        var functions = new Dictionary<string, LlvmFuncOp>();
        var globals = new List<GlobalOp>();
        var funcs = new List<LlvmFuncOp>();
        var body = module.Regions[0].FirstBlock;
        for (var op = body?.FirstOp; op != null; op = op.NextOp)
        {
            switch (op)
            {
                case LlvmFuncOp f:
                    functions[f.SymName.Bytes] = f;
                    funcs.Add(f);
                    break;
                case GlobalOp g:
                    globals.Add(g);
                    break;
                default:
                    throw new TranslationException(op, op.Name.Name.StartsWith("llvm.", System.StringComparison.Ordinal)
                        ? $"cannot be converted to LLVM IR: unsupported module-level operation '{op.Name.Name}'"
                        : LlvmIrFunctionWriter.MissingInterface(op.Name.Name));
            }
        }

        var globalText = new StringBuilder();
        var globalWriter = new LlvmIrGlobalWriter(types, constants, globalText);
        foreach (var g in globals)
        {
            try
            {
                globalWriter.Write(g);
            }
            catch (TranslationException e) when (e.Op == null)
            {
                throw new TranslationException(g, e.Message);
            }
        }

        var functionText = new StringBuilder();
        foreach (var f in funcs)
        {
            functionText.Append('\n');
            try
            {
                new LlvmIrFunctionWriter(types, constants, intrinsics, functions, functionText).Write(f);
            }
            catch (TranslationException e) when (e.Op == null)
            {
                // Types and constants carry no op: the function that uses them locates the error.
                throw new TranslationException(f, e.Message);
            }
        }

        var sb = new StringBuilder();
        sb.Append("; ModuleID = 'LLVMDialectModule'\n");
        sb.Append("source_filename = \"LLVMDialectModule\"\n");
        // Struct bodies may name further identified structs: the list grows while it is written.
        var structs = types.IdentifiedStructs;
        if (structs.Count > 0)
        {
            var defs = new List<string>();
            for (int i = 0; i < structs.Count; i++)
            {
                var s = structs[i];
                var line = new StringBuilder();
                LlvmIrNames.AppendName(line, '%', s.Name!);
                line.Append(" = type ");
                if (s.IsOpaque)
                    line.Append("opaque");
                else
                    types.AppendStructBody(line, s);
                defs.Add(line.ToString());
            }
            sb.Append('\n');
            foreach (string def in defs)
                sb.Append(def).Append('\n');
        }
        if (globalText.Length > 0)
            sb.Append('\n').Append(globalText);
        sb.Append(functionText);
        foreach (string decl in intrinsics.Declarations)
            sb.Append('\n').Append(decl).Append('\n');
        sb.Append("\n!llvm.module.flags = !{!0}\n\n!0 = !{i32 2, !\"Debug Info Version\", i32 3}\n");
        return sb.ToString();
    }
}
