// RUN: dialectic-opt %s --split-input-file --verify-diagnostics --convert-func-to-llvm

// llvm.linkage must be a #llvm.linkage attribute; the function is left unconverted.
// expected-error@+1 {{Contains llvm.linkage attribute not of type LLVM::LinkageAttr}}
func.func @bad_linkage() attributes {llvm.linkage = 3 : i64} {
  return
}
