module {
}

{-#
  external_resources: {
    mlir_reproducer: {
      pipelines: "builtin.module(test-module-pass)"
    }
  }
#-}
