package org.pythebo.compiler.nodes;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exceptions.PyExceptionGroup;
import org.pythebo.runtime.exec.ExprNode;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.Node;
import org.pythebo.runtime.exec.StmtNode;
import org.pythebo.runtime.exec.ThreadState;

/** try/except* (PEP 654): each clause handles its part of an exception group. */
public final class ExceptStar {
    private ExceptStar() {}

    /** One {@code except*} clause. */
    public static final class Handler extends Node {
        final ExprNode type;
        final Names.Store name;
        final StmtNode body;

        public Handler(ExprNode type, Names.Store name, StmtNode body) {
            this.type = type;
            this.name = name;
            this.body = body;
        }
    }

    /**
     * The body, the except* clauses and the else block (a finally block wraps this node in a
     * plain try). Every clause's type is evaluated and checked even once nothing is left to
     * handle, as CPython does; what the clauses raise, and what none handled, is raised at the end.
     */
    public static final class TryStar extends StmtNode {
        final StmtNode body;
        final Handler[] handlers;
        final StmtNode orelse;

        public TryStar(StmtNode body, Handler[] handlers, StmtNode orelse) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            int r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                handle(f, e.exc);
                return NORMAL;
            }
            if (orelse != null && r == NORMAL) {
                return orelse.exec(f);
            }
            return r;
        }

        private void handle(Frame f, PyBaseException orig) {
            ThreadState ts = f.ts;
            PyBaseException rest = orig;
            List<PyBaseException> raised = new ArrayList<>();
            for (Handler h : handlers) {
                PyBaseException[] split;
                ts.pushHandled(orig);
                try {
                    Object t = h.type.eval(f);
                    PyExceptionGroup.checkExceptStarType(t);
                    if (rest == null) {
                        continue;
                    }
                    split = PyExceptionGroup.exceptStarMatch(ts, rest, t);
                } catch (PyException e) {
                    throw h.here(f, e);
                } finally {
                    ts.popHandled();
                }
                PyBaseException match = split[0];
                if (match == null) {
                    continue;
                }
                rest = split[1];
                match.tbFrame = null;
                ts.pushHandled(match);
                try {
                    if (h.name != null) {
                        h.name.store(f, match);
                    }
                    h.body.exec(f);
                } catch (PyException e) {
                    raised.add(e.exc);
                } finally {
                    ts.popHandled();
                    if (h.name != null) {
                        try {
                            h.name.delete(f);
                        } catch (PyException ignored) {
                            // The handler deleted the name itself; CPython ignores that too.
                        }
                    }
                }
            }
            if (rest != null) {
                raised.add(rest);
            }
            PyBaseException result;
            ts.pushHandled(orig);
            try {
                result = PyExceptionGroup.reraiseStar(ts, orig, raised);
            } finally {
                ts.popHandled();
            }
            if (result != null) {
                // Re-raised, not raised here: no new traceback entry for this frame.
                result.tbFrame = f;
                throw new PyException(result);
            }
        }
    }
}
