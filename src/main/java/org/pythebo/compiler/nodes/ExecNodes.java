package org.pythebo.compiler.nodes;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ExprNode;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Node;
import org.pythebo.runtime.exec.StmtNode;
import org.pythebo.runtime.objects.Ops;

/**
 * The shapes compile() gives a module body for its 'eval' and 'single' modes: the body is
 * compiled as a module and its top-level expression statements are rewritten here.
 */
public final class ExecNodes {
    private ExecNodes() {}

    /** 'eval' mode: the body's one expression statement becomes "return the value". */
    public static StmtNode evalBody(StmtNode body) {
        StmtNode[] stmts = ((Stmts.Block) body).body;
        Stmts.ExprStmt e = (Stmts.ExprStmt) stmts[0];
        StmtNode r = new ReturnValue(e.value);
        copyPosition(r, e);
        return new Stmts.Block(new StmtNode[] {r});
    }

    /** 'single' mode: each top-level expression statement shows its value through sys.displayhook. */
    public static StmtNode singleBody(StmtNode body) {
        StmtNode[] stmts = ((Stmts.Block) body).body;
        StmtNode[] out = new StmtNode[stmts.length];
        for (int i = 0; i < stmts.length; i++) {
            if (stmts[i] instanceof Stmts.ExprStmt e) {
                out[i] = new Display(e.value);
                copyPosition(out[i], e);
            } else {
                out[i] = stmts[i];
            }
        }
        return new Stmts.Block(out);
    }

    /** A module body that starts with a docstring binds {@code __doc__} first, as CPython's module code does. */
    public static StmtNode withDocstring(StmtNode body, String doc) {
        return new Stmts.Block(new StmtNode[] {new SetDoc(doc), body});
    }

    static final class SetDoc extends StmtNode {
        final String doc;
        final Names.StoreName store = new Names.StoreName("__doc__");

        SetDoc(String doc) {
            this.doc = doc;
        }

        @Override
        public int exec(Frame f) {
            store.store(f, doc);
            return NORMAL;
        }
    }

    private static void copyPosition(Node to, Node from) {
        to.lineno = from.lineno;
        to.colOffset = from.colOffset;
        to.endLineno = from.endLineno;
        to.endColOffset = from.endColOffset;
    }

    static final class ReturnValue extends StmtNode {
        final ExprNode value;

        ReturnValue(ExprNode value) {
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            f.returnValue = value.eval(f);
            return RETURN;
        }
    }

    static final class Display extends StmtNode {
        final ExprNode value;

        Display(ExprNode value) {
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object v = value.eval(f);
            Object hook = f.ts.interp.sys.globals.get("displayhook");
            if (hook == null) {
                throw here(f, PyException.runtimeError("lost sys.displayhook"));
            }
            try {
                Ops.call(f.ts, hook, v);
            } catch (PyException e) {
                throw here(f, e);
            }
            return NORMAL;
        }
    }
}
