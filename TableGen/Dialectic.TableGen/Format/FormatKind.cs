namespace Dialectic.TableGen.Format;

/// <summary>The elements of MLIR's declarative assembly format.</summary>
internal enum FormatKind
{
    /// <summary><c>`,`</c>, <c>`to`</c>: punctuation or a keyword.</summary>
    Literal,
    /// <summary><c>$name</c> of an operand group.</summary>
    Operand,
    /// <summary><c>$name</c> of a result group (only inside type directives).</summary>
    Result,
    /// <summary><c>$name</c> of an inherent attribute.</summary>
    Attribute,
    /// <summary><c>$name</c> of a region.</summary>
    Region,
    /// <summary><c>$name</c> of a successor.</summary>
    Successor,
    /// <summary><c>type(x)</c>; one child.</summary>
    Type,
    /// <summary><c>functional-type(inputs, results)</c>; two children.</summary>
    FunctionalType,
    /// <summary><c>attr-dict</c>.</summary>
    AttrDict,
    /// <summary><c>attr-dict-with-keyword</c>.</summary>
    AttrDictWithKeyword,
    /// <summary><c>qualified(x)</c>; one child.</summary>
    Qualified,
    /// <summary><c>prop-dict</c>: the properties not written elsewhere, as <c>&lt;{...}&gt;</c>.</summary>
    PropDict,
    /// <summary><c>operands</c>: every operand.</summary>
    Operands,
    /// <summary><c>results</c>: every result (inside type directives).</summary>
    Results,
    /// <summary><c>regions</c>: every region.</summary>
    Regions,
    /// <summary><c>successors</c>: every successor.</summary>
    Successors,
    /// <summary><c>( ... )?</c>: children are the group; the element marked as anchor decides presence.</summary>
    OptionalGroup,
    /// <summary><c>custom&lt;Name&gt;(args)</c>: <c>Text</c> is the name, children the arguments.</summary>
    Custom,
}
