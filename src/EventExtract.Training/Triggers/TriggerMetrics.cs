using System.Globalization;
using System.Text;
using EventExtract.Events.Triggers;

namespace EventExtract.Training.Triggers;

/// <summary>Accuracy and per-type precision/recall/F1 of predicted candidate labels against gold labels.</summary>
internal sealed class TriggerMetrics
{
    private readonly int[,] _confusion = new int[LinearTriggerClassifier.ClassCount, LinearTriggerClassifier.ClassCount];

    public void Add(TriggerLabel gold, TriggerLabel predicted) => _confusion[(int)gold, (int)predicted]++;

    public double Accuracy
    {
        get
        {
            int ok = 0, n = 0;
            for (int g = 0; g < 4; g++) for (int p = 0; p < 4; p++) { n += _confusion[g, p]; if (g == p) ok += _confusion[g, p]; }
            return n == 0 ? 0 : (double)ok / n;
        }
    }

    public (double P, double R, double F) Of(TriggerLabel label)
    {
        int c = (int)label, tp = _confusion[c, c], predicted = 0, gold = 0;
        for (int i = 0; i < 4; i++) { predicted += _confusion[i, c]; gold += _confusion[c, i]; }
        double p = predicted == 0 ? 0 : (double)tp / predicted, r = gold == 0 ? 0 : (double)tp / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /// <summary>Micro-averaged P/R/F1 over the three event types (None is the negative class).</summary>
    public (double P, double R, double F) MicroEvents
    {
        get
        {
            int tp = 0, predicted = 0, gold = 0;
            for (int c = 1; c < 4; c++)
            {
                tp += _confusion[c, c];
                for (int i = 0; i < 4; i++) { predicted += _confusion[i, c]; gold += _confusion[c, i]; }
            }
            double p = predicted == 0 ? 0 : (double)tp / predicted, r = gold == 0 ? 0 : (double)tp / gold;
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    public string Format(string title)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"{title}: accuracy {Accuracy:P1}");
        foreach (var l in new[] { TriggerLabel.Meeting, TriggerLabel.Statement, TriggerLabel.Attack })
        {
            var (p, r, f) = Of(l);
            sb.AppendLine(inv, $"  {l,-10} P {p:F3}  R {r:F3}  F1 {f:F3}");
        }
        var (mp, mr, mf) = MicroEvents;
        sb.Append(inv, $"  {"micro",-10} P {mp:F3}  R {mr:F3}  F1 {mf:F3}");
        return sb.ToString();
    }
}
