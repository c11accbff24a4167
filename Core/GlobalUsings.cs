// MLIR's vocabulary wins over System's inside Dialectic: `Type` and `Attribute` are IR concepts here.
global using Attribute = Dialectic.Core.IR.Attribute;
global using Type = Dialectic.Core.IR.Type;
