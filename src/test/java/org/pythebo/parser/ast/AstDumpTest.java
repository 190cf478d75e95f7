package org.pythebo.parser.ast;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pythebo.runtime.PythonOracle;

/**
 * {@link AstDump} on hand-built trees, against CPython 3.11's {@code ast.dump} of the same trees:
 * optional fields left out, None kept in required fields and lists, Python class and field names.
 */
class AstDumpTest {

    @Test
    void handBuiltTreesMatchCPython() throws Exception {
        Ast.Name x = new Ast.Name("x", Ast.ExprContext.Load, 1, 0, 1, 1);
        Ast.Constant none = new Ast.Constant(Ast.Singleton.NONE, null, 1, 2, 1, 6);
        Ast.Constant u = new Ast.Constant("it's", "u", 2, 0, 2, 9);
        Ast.Arguments noArgs = new Ast.Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        Ast.Arg arg = new Ast.Arg("a", null, null, 1, 6, 1, 7);
        Ast.Arguments args = new Ast.Arguments(List.of(), List.of(arg), null, List.of(arg),
                java.util.Arrays.asList((Ast.Expr) null), new Ast.Arg("k", x, null, 1, 9, 1, 10), List.of());
        List<Ast.Node> nodes = List.of(
                new Ast.Module(List.of(new Ast.ExprStmt(x, 1, 0, 1, 1)), List.of()),
                new Ast.Module(List.of(new Ast.Pass(1, 0, 1, 4)), List.of(new Ast.TypeIgnore(1, "[x]"))),
                new Ast.Dict(java.util.Arrays.asList(null, x), List.of(x, none), 1, 0, 1, 9),
                new Ast.FunctionDef("f", args, List.of(new Ast.Pass(2, 4, 2, 8)), List.of(x), null, null, 1, 0, 2, 8),
                new Ast.Lambda(noArgs, u, 1, 0, 1, 9),
                new Ast.ImportFrom(null, List.of(new Ast.Alias("a", null, 1, 14, 1, 15)), 1, 1, 0, 1, 15),
                new Ast.MatchSingleton(null, 1, 0, 1, 4),
                new Ast.MatchAs(null, null, 1, 0, 1, 1),
                new Ast.Comprehension(x, x, List.of(), 1),
                new Ast.WithItem(x, null),
                new Ast.MatchCase(new Ast.MatchAs(null, "y", 1, 0, 1, 1), null, List.of()),
                new Ast.Compare(x, List.of(Ast.CmpOperator.NotIn, Ast.CmpOperator.IsNot), List.of(x, x), 1, 0, 1, 5),
                new Ast.FormattedValue(x, 'r', null, 1, 0, 1, 6),
                new Ast.Global(List.of("a", "b"), 1, 0, 1, 12),
                new Ast.Constant(new byte[] {'a', 0, (byte) 0xff}, null, 1, 0, 1, 5),
                new Ast.Constant(new Ast.Imaginary(2.5), null, 1, 0, 1, 4),
                new Ast.Constant(Boolean.TRUE, null, 1, 0, 1, 4));
        // The same trees built in Python (X, NONE, U and ARGS stand for the shared pieces).
        List<String> builders = List.of(
                "Module(body=[Expr(value=X, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], type_ignores=[])",
                "Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[TypeIgnore(lineno=1, tag='[x]')])",
                "Dict(keys=[None, X], values=[X, NONE], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)",
                "FunctionDef(name='f', args=ARGS, body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], decorator_list=[X], returns=None, type_comment=None, lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)",
                "Lambda(args=arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]), body=U, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)",
                "ImportFrom(module=None, names=[alias(name='a', asname=None, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)",
                "MatchSingleton(value=None, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)",
                "MatchAs(pattern=None, name=None, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)",
                "comprehension(target=X, iter=X, ifs=[], is_async=1)",
                "withitem(context_expr=X, optional_vars=None)",
                "match_case(pattern=MatchAs(name='y', lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), guard=None, body=[])",
                "Compare(left=X, ops=[NotIn(), IsNot()], comparators=[X, X], lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)",
                "FormattedValue(value=X, conversion=114, format_spec=None, lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)",
                "Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)",
                "Constant(value=b'a\\x00\\xff', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)",
                "Constant(value=2.5j, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)",
                "Constant(value=True, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)");
        List<String> actual = new ArrayList<>();
        for (Ast.Node node : nodes) {
            actual.add(AstDump.dump(node, true));
        }
        List<String> expected = PythonOracle.run("""
                import sys
                from ast import *
                X = Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
                NONE = Constant(value=None, lineno=1, col_offset=2, end_lineno=1, end_col_offset=6)
                U = Constant(value="it's", kind='u', lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)
                A = arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)
                ARGS = arguments(posonlyargs=[], args=[A], kwonlyargs=[A], kw_defaults=[None],
                                 kwarg=arg(arg='k', annotation=X, lineno=1, col_offset=9, end_lineno=1,
                                           end_col_offset=10), defaults=[])
                for line in sys.stdin:
                    print(dump(eval(line), include_attributes=True))
                """, builders);
        PythonOracle.assertSameLines(expected, actual, builders);
    }
}
