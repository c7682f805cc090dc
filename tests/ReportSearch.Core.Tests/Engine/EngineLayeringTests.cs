using System.Reflection;
using System.Reflection.Emit;
using ReportSearch.Engine;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// The storage engine sits below the domain: no type of its namespace uses a type of ingestion, mechanisms, the
/// query language, search or the indexing pipeline. Checked on the compiled assembly — signatures, fields, locals
/// and every type, method and field the IL refers to — so neither a `using` nor a fully qualified name escapes it.
/// </summary>
public sealed class EngineLayeringTests
{
    private static readonly string Engine = typeof(LuceneIndexReader).Namespace!;
    private static readonly string[] Above = ["Ingestion", "Mechanisms", "Query", "Search", "Pipeline"];

    [Fact]
    public void The_engine_uses_no_type_of_the_layers_above_it()
    {
        var assembly = typeof(LuceneIndexReader).Assembly;
        var engineTypes = assembly.GetTypes().Where(t => t.Namespace == Engine).ToList();
        Assert.Contains(typeof(LuceneIndexReader), engineTypes);

        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in engineTypes)
            foreach (var used in UsedBy(type))
                if (IsAbove(used)) violations.Add($"{type.FullName} uses {used.FullName}");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_check_sees_a_type_used_only_inside_a_method_body()
    {
        // The search layer news up engine types inside method bodies only: the check must find those references.
        var used = UsedBy(typeof(ReportSearch.Search.EngineQueries)).ToList();
        Assert.Contains(typeof(MatchPhrase), used);
        Assert.Contains(typeof(ReportSearch.Query.QueryTerm), used);
    }

    private static bool IsAbove(Type t) =>
        t.Namespace is { } ns && Above.Any(layer => ns == $"ReportSearch.{layer}" || ns.StartsWith($"ReportSearch.{layer}.", StringComparison.Ordinal));

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> UsedBy(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !found.Add(t)) return;
            if (t.HasElementType) Add(t.GetElementType());
            if (t.IsGenericType) foreach (var a in t.GetGenericArguments()) Add(a);
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var f in type.GetFields(Everything)) Add(f.FieldType);
        foreach (var p in type.GetProperties(Everything)) Add(p.PropertyType);
        foreach (var m in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (m is MethodInfo mi) Add(mi.ReturnType);
            foreach (var p in m.GetParameters()) Add(p.ParameterType);
            var body = m.GetMethodBody();
            if (body is null) continue;
            foreach (var local in body.LocalVariables) Add(local.LocalType);
            foreach (var member in ReferencedMembers(m, body.GetILAsByteArray() ?? []))
            {
                switch (member)
                {
                    case Type t: Add(t); break;
                    case MethodBase callee:
                        Add(callee.DeclaringType);
                        if (callee is MethodInfo cmi) Add(cmi.ReturnType);
                        if (callee.IsGenericMethod) foreach (var a in callee.GetGenericArguments()) Add(a);
                        foreach (var p in callee.GetParameters()) Add(p.ParameterType);
                        break;
                    case FieldInfo field: Add(field.DeclaringType); Add(field.FieldType); break;
                }
            }
        }
        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    // The members IL operands name (calls, field accesses, type tokens), resolved in the method's generic context.
    private static IEnumerable<MemberInfo> ReferencedMembers(MethodBase method, byte[] il)
    {
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (int at = 0; at < il.Length;)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var op = OpCodesByValue[value];
            at += op.Size;
            switch (op.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    MemberInfo? member = null;
                    try { member = module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs); }
                    catch (ArgumentException) { } // a token of a generic context this method does not supply
                    if (member is not null) yield return member;
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar: at += 1; break;
                case OperandType.InlineVar: at += 2; break;
                case OperandType.InlineI8:
                case OperandType.InlineR: at += 8; break;
                default: at += 4; break;
            }
        }
    }
}
