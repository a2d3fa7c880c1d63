using System.Diagnostics;
using Spectre.Console;

namespace EventExtract.Cli;

/// <summary>A progress line with articles per second, drawn on standard error so that standard output stays JSON Lines.</summary>
internal sealed class BatchProgress
{
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly int? _total;
    private int _done;
    private long _lastDrawMs = -1000;

    public BatchProgress(int? total) => _total = total;

    public void Advance()
    {
        _done++;
        long now = _clock.ElapsedMilliseconds;
        if (now - _lastDrawMs < 250) return;
        _lastDrawMs = now;
        Draw();
    }

    public void Finish()
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        if (!Console.IsErrorRedirected) _console.Write("\r");
        _console.WriteLine($"{_done} articles in {seconds:0.0} s, {_done / seconds:0.0} articles/s");
    }

    private void Draw()
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        double rate = _done / seconds;
        string bar = "";
        if (_total is > 0 and var total)
        {
            int width = 30, filled = (int)Math.Round(width * Math.Min(1.0, _done / (double)total));
            bar = $"[{new string('#', filled)}{new string('-', width - filled)}] {_done}/{total} ";
        }
        else
        {
            bar = $"{_done} ";
        }
        if (Console.IsErrorRedirected)
            return; // no redraws into logs: Finish writes one line
        _console.Markup($"\r{Markup.Escape(bar)}articles, {rate:0.0} articles/s   ");
    }
}
