module {
  func.func @bar() {
    return
  }
}

{-#
  external_resources: {
    mlir_reproducer: {
      pipeline: "builtin.module(func.func(test-function-pass))",
      disable_threading: true,
      verify_each: true
    }
  }
#-}
