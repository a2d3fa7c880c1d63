using EventExtract.Events;
namespace EventExtract.Tests.Events;
internal static class DebugDump
{
    public static string Dump(IEnumerable<ExtractedEvent> events) => string.Join("\n", events.Select(e => e switch
    {
        Meeting m => $"Meeting[{m.Status}] trig={string.Join("|", m.Mentions.Select(x => x.Trigger.Text))} date={m.Date?.Value}/{m.Date?.Mod} loc={m.Location?.Name} host={m.Host?.Text} parts={string.Join(", ", m.Participants.Select(p => p.Text + "(" + p.CountryCode + ")"))} topic={m.Topic} conf={m.Confidence:0.00}",
        Statement s => $"Statement[{s.Status}] trig={string.Join("|", s.Mentions.Select(x => x.Trigger.Text))} date={s.Date?.Value} speakers={string.Join(", ", s.Speakers.Select(p => p.Text))} addr={string.Join(", ", s.Addressees.Select(p => p.Text))} content={s.Content} quote={s.Quote} conf={s.Confidence:0.00}",
        Attack a => $"Attack[{a.Status}] trig={string.Join("|", a.Mentions.Select(x => x.Trigger.Text))} type={a.AttackType} date={a.Date?.Value}/{a.Date?.Mod} loc={a.Location?.Name}({a.Location?.CountryCode}) killed={a.Killed} injured={a.Injured} victims={a.Victims} attackers={string.Join(", ", a.Attackers.Select(p => p.Text))} targets={string.Join(", ", a.Targets.Select(p => p.Text))} conf={a.Confidence:0.00}",
        _ => e.ToString()!,
    }));
}
