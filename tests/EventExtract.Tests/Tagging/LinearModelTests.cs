using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

public class LinearModelTests
{
    // Many rows with keys that share low bits force long probe sequences in the open-addressing table.
    private static List<(ulong Key, (byte Class, float Weight)[] Row)> Rows()
    {
        var rows = new List<(ulong, (byte, float)[])>();
        for (int i = 0; i < 3000; i++)
        {
            ulong key = i % 3 == 0 ? (ulong)i << 40 | 7 : FeatureHash.Finish((ulong)i);
            // One weight (in the slot), three (a sparse row) and six (a dense row, added with vector instructions).
            var row = i % 2 == 0
                ? new[] { ((byte)(i % 13), (float)(i % 7) - 3.5f) }
                : i % 4 == 1
                    ? new[] { ((byte)1, 0.25f * i), ((byte)5, -1.5f), ((byte)12, 0.125f) }
                    : new[] { ((byte)0, 1e-3f * i), ((byte)2, -0.75f), ((byte)7, 3f), ((byte)8, -1024.5f), ((byte)11, 0.1f), ((byte)12, 60000f) };
            rows.Add((key, row));
        }
        return rows;
    }

    private static float[] Naive(List<(ulong Key, (byte Class, float Weight)[] Row)> rows, ulong[] features)
    {
        var byKey = rows.ToDictionary(r => r.Key, r => r.Row);
        var scores = new float[13];
        foreach (ulong f in features)
            if (byKey.TryGetValue(f, out var row))
                foreach (var (c, w) in row) scores[c] += (float)(Half)w;
        return scores;
    }

    [Fact]
    public void Scores_equal_the_sum_of_the_rows_of_present_features()
    {
        var rows = Rows();
        var model = new LinearModel(13, rows);
        var features = rows.Where((_, i) => i % 5 == 0).Select(r => r.Key)
            .Concat([12345UL, 7UL, 1UL << 40 | 7, 0UL]).ToArray(); // absent keys, including 0, score nothing
        var scores = new float[13];
        model.Score(features, scores);
        scores.Should().Equal(Naive(rows, features));
        model.FeatureCount.Should().Be(3000);
    }

    [Fact]
    public void Sums_in_vector_registers_are_the_same_floats_as_sums_in_memory()
    {
        if (!System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated) return; // only the memory version runs here
        // 31 classes fill all four registers; weights of mixed sign and size make the order of additions matter.
        var random = new Random(7);
        var rows = new List<(ulong Key, (byte Class, float Weight)[] Row)>();
        for (int i = 0; i < 2000; i++)
        {
            int count = 1 + random.Next(i % 3 == 0 ? 31 : 3);
            var classes = Enumerable.Range(0, 31).OrderBy(_ => random.Next()).Take(count);
            rows.Add((FeatureHash.Finish((ulong)i + 1), classes.Select(c => ((byte)c, (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-4, 4))))).ToArray()));
        }
        var model = new LinearModel(31, rows);
        for (int trial = 0; trial < 200; trial++)
        {
            var features = Enumerable.Range(0, 1 + random.Next(80)).Select(_ => random.Next(4) == 0 ? (ulong)random.NextInt64() : rows[random.Next(rows.Count)].Key).ToArray();
            float[] inRegisters = new float[31], inMemory = new float[31];
            model.ScoreInRegisters(default, features, inRegisters);
            model.ScoreInMemory(default, features, inMemory);
            inRegisters.Select(BitConverter.SingleToInt32Bits).Should().Equal(inMemory.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Theory]
    [InlineData(13)] // padded to 16: two registers
    [InlineData(17)] // padded to 24: three
    [InlineData(31)] // all four
    public void Scoring_on_from_a_partial_sum_gives_the_same_floats_as_scoring_every_feature_in_one_call(int classCount)
    {
        // Weights of mixed sign and size make the order of additions matter, so a sum that skipped or reordered one would differ.
        var random = new Random(classCount);
        var rows = new List<(ulong Key, (byte Class, float Weight)[] Row)>();
        for (int i = 0; i < 2000; i++)
        {
            int count = 1 + random.Next(i % 3 == 0 ? classCount : 3);
            var classes = Enumerable.Range(0, classCount).OrderBy(_ => random.Next()).Take(count);
            rows.Add((FeatureHash.Finish((ulong)i + 1), classes.Select(c => ((byte)c, (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-4, 4))))).ToArray()));
        }
        var model = new LinearModel(classCount, rows);
        model.PartialLength.Should().Be((classCount + 7) / 8 * 8);
        for (int trial = 0; trial < 300; trial++)
        {
            var features = Enumerable.Range(0, 1 + random.Next(60)).Select(_ => random.Next(4) == 0 ? (ulong)random.NextInt64() : rows[random.Next(rows.Count)].Key).ToArray();
            int split = random.Next(features.Length + 1);
            var whole = new float[classCount];
            model.Score(features, whole);
            var partial = new float[model.PartialLength];
            model.ScorePartial(features.AsSpan(0, split), partial);
            partial.Skip(classCount).Should().OnlyContain(x => BitConverter.SingleToInt32Bits(x) == 0, "padding lanes hold +0");
            var resumed = new float[classCount];
            model.Score(partial, features.AsSpan(split), resumed);
            resumed.Select(BitConverter.SingleToInt32Bits).Should().Equal(whole.Select(BitConverter.SingleToInt32Bits));
            // The portable path (sums in memory) resumes to the same floats as the vector-register path.
            var inMemory = new float[classCount];
            model.ScoreInMemory(partial, features.AsSpan(split), inMemory);
            inMemory.Select(BitConverter.SingleToInt32Bits).Should().Equal(whole.Select(BitConverter.SingleToInt32Bits));
            if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
            {
                var inRegisters = new float[classCount];
                model.ScoreInRegisters(partial, features.AsSpan(split), inRegisters);
                inRegisters.Select(BitConverter.SingleToInt32Bits).Should().Equal(inMemory.Select(BitConverter.SingleToInt32Bits));
            }
        }
    }

    [Fact]
    public void A_partial_sum_must_be_PartialLength_floats()
    {
        var model = new LinearModel(13, Rows());
        var scores = new float[13];
        FluentActions.Invoking(() => model.Score(new float[13], [1UL], scores)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => model.ScorePartial([1UL], new float[13])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Round_trips_through_its_file_format_and_scores_the_same()
    {
        var model = new LinearModel(13, Rows());
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(w);
        ms.Position = 0;
        var back = LinearModel.Read(new BinaryReader(ms));
        back.Enumerate().Should().Equal(model.Enumerate());
        var features = Rows().Select(r => r.Key).ToArray();
        float[] a = new float[13], b = new float[13];
        model.Score(features, a);
        back.Score(features, b);
        b.Should().Equal(a);
    }

    [Fact]
    public void Pruning_drops_small_weights_and_emptied_features()
    {
        var rows = new List<(ulong, (byte, float)[])>
        {
            (1UL, [((byte)0, 0.5f), ((byte)1, 2f)]),
            (2UL, [((byte)2, 0.25f)]),
        };
        var pruned = new LinearModel(3, rows).Pruned(1f);
        pruned.Enumerate().Should().Equal([(1UL, (byte)1, 2f)]);
        pruned.FeatureCount.Should().Be(1);
    }
}
