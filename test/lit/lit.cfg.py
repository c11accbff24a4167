# -*- Python -*-
# Configuration for LLVM's lit (lit-22): `lit-22 -v test/lit`. The same .mlir files also run in-process under
# `dotnet test` (test/Dialectic.Lit); keep the two in agreement.

import os
import shutil

import lit.formats

config.name = "Dialectic"
config.test_format = lit.formats.ShTest(not lit_config.isWindows)
config.suffixes = [".mlir"]
config.excludes = ["Inputs", "Output", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = config.test_source_root  # %t lands in Output/ next to each test (git-ignored).

repo_root = os.path.abspath(os.path.join(config.test_source_root, "..", ".."))
llvm_bin = os.environ.get("DIALECTIC_LLVM_BIN", "")
llvm22_bin = "/usr/lib/llvm-22/bin"

# PATH: DIALECTIC_LLVM_BIN first, then the caller's PATH, then LLVM 22's un-suffixed tools (not, split-file).
path = [p for p in [llvm_bin] if p] + [os.environ.get("PATH", "")] + [llvm22_bin]
config.environment["PATH"] = os.pathsep.join(path)
for var in ["DIALECTIC_LLVM_BIN", "DIALECTIC_REQUIRE_TOOLS", "HOME", "DOTNET_ROOT", "TMPDIR"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]


def find_tool(*names):
    for name in names:
        found = shutil.which(name, path=config.environment["PATH"])
        if found:
            return found
    return None


# dialectic-opt: the built tool (override the folder with DIALECTIC_BIN, or the binary with DIALECTIC_OPT).
dialectic_bin = os.environ.get(
    "DIALECTIC_BIN", os.path.join(repo_root, "artifacts", "bin", "dialectic-opt", "debug")
)
dialectic_opt = os.path.join(dialectic_bin, "dialectic-opt")
if not os.path.exists(dialectic_opt) and os.path.exists(dialectic_opt + ".exe"):
    dialectic_opt += ".exe"
# DIALECTIC_OPT names one binary instead, e.g. the NativeAOT publish (CI runs the suite against both builds).
dialectic_opt = os.environ.get("DIALECTIC_OPT", dialectic_opt)

file_check = find_tool("FileCheck-22", "FileCheck") or os.path.join(llvm22_bin, "FileCheck")

# Word-boundary substitutions, as lit's ToolSubst does: not inside other words, paths or options.
def tool_pattern(name):
    return r"(?<![-\w./\\%])" + name.replace("-", r"\-") + r"(?![-\w./])"


config.substitutions.append((tool_pattern("dialectic-opt"), dialectic_opt))

# dialectic-run: the built tool (in DIALECTIC_BIN too when that is set).
dialectic_run = os.path.join(
    os.environ.get("DIALECTIC_BIN", os.path.join(repo_root, "artifacts", "bin", "dialectic-run", "debug")),
    "dialectic-run",
)
if not os.path.exists(dialectic_run) and os.path.exists(dialectic_run + ".exe"):
    dialectic_run += ".exe"
config.substitutions.append((tool_pattern("dialectic-run"), dialectic_run))

# dialectic-translate: the built tool (in DIALECTIC_BIN too when that is set).
dialectic_translate = os.path.join(
    os.environ.get("DIALECTIC_BIN", os.path.join(repo_root, "artifacts", "bin", "dialectic-translate", "debug")),
    "dialectic-translate",
)
if not os.path.exists(dialectic_translate) and os.path.exists(dialectic_translate + ".exe"):
    dialectic_translate += ".exe"
config.substitutions.append((tool_pattern("dialectic-translate"), dialectic_translate))
config.substitutions.append((tool_pattern("FileCheck"), file_check))

mlir_opt = find_tool("mlir-opt-22")
if mlir_opt:
    config.available_features.add("mlir-opt")
    config.substitutions.append((tool_pattern("mlir-opt"), mlir_opt))
