namespace EventExtract.Training;

/// <summary>A subcommand of the training and scoring program.</summary>
internal interface ICommand
{
    string Name { get; }
    string Description { get; }
    int Run(string[] args);
}
