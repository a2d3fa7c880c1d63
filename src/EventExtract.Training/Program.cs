using System.Reflection;
using EventExtract.Training;

// Dispatches to the ICommand with the given name; each command lives in its own file.
var commands = typeof(ICommand).Assembly.GetTypes()
    .Where(t => typeof(ICommand).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface)
    .Select(t => (ICommand)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToList();
if (args.Length == 0 || commands.All(c => c.Name != args[0]))
{
    Console.Error.WriteLine("usage: dotnet run --project src/EventExtract.Training -c Release -- <command> [args]");
    foreach (var c in commands) Console.Error.WriteLine($"  {c.Name,-20} {c.Description}");
    return 2;
}
return commands.First(c => c.Name == args[0]).Run(args.Skip(1).ToArray());
