// RUN: dialectic-opt %s --split-input-file --convert-scf-to-cf --verify-diagnostics

// An scf.forall with shared outputs (on tensors) is not lowered, as upstream (`mlir-opt-22 --convert-scf-to-cf`
// reports the same error; the note saying why is ours).

func.func @forall_outputs(%t: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+2 {{failed to legalize operation 'scf.forall' that was explicitly marked illegal}}
  // expected-note@+1 {{pattern 'ForallLowering' failed: only fully bufferized scf.forall ops can be lowered to scf.parallel}}
  %r = scf.forall (%i) in (4) shared_outs(%o = %t) -> (tensor<4xf32>) {
    scf.forall.in_parallel {
    }
  }
  return %r : tensor<4xf32>
}
