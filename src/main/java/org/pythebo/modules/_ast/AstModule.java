package org.pythebo.modules._ast;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.modules._ast.Asdl.NodeType;
import org.pythebo.parser.ast.Ast;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.PyModule;

/**
 * The {@code _ast} module: the node classes of the syntax tree (the Lib's ast module re-exports
 * them), the compile() flags that concern trees, and the two conversions compile() uses between
 * the parser's records and Python node objects.
 */
public final class AstModule {
    private AstModule() {}

    /** compile() returns the tree instead of code. */
    public static final int PyCF_ONLY_AST = 0x400;
    /** The parser keeps {@code # type:} comments. */
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    /** {@code await} and async comprehensions at the top level make the code a coroutine. */
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_ast", null, null);
        Globals g = module.globals;
        NodeClasses classes = NodeClasses.of(ts.interp);
        g.put("AST", AstMethods.TYPE);
        for (NodeType t : Asdl.ALL) {
            g.put(t.name, classes.type(t));
        }
        g.put("PyCF_ONLY_AST", (long) PyCF_ONLY_AST);
        g.put("PyCF_TYPE_COMMENTS", (long) PyCF_TYPE_COMMENTS);
        g.put("PyCF_ALLOW_TOP_LEVEL_AWAIT", (long) PyCF_ALLOW_TOP_LEVEL_AWAIT);
        return module;
    }

    /** Whether compile() takes {@code source} as a tree: an instance of AST or a subclass. */
    public static boolean isNode(Object source) {
        return AstMethods.isNode(source);
    }

    /** A parsed tree as the Python node objects of this interpreter. */
    public static Object toPython(ThreadState ts, Ast.Node tree) {
        return new ToPython(NodeClasses.of(ts.interp)).node(tree);
    }

    /**
     * A tree given to compile() in {@code mode} ("exec", "eval", "single" or "func_type") as
     * records, with CPython's errors for a root of the wrong class, malformed nodes and invalid
     * trees.
     */
    public static Ast.Mod toRecords(ThreadState ts, Object tree, String mode) {
        NodeType expected = Asdl.get(switch (mode) {
            case "exec" -> "Module";
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            default -> "FunctionType";
        });
        Ast.Mod mod = new FromPython(ts).mod(tree, expected);
        AstValidator.validate(mod);
        return mod;
    }
}
