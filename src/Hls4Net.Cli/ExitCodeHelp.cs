using System.CommandLine;

namespace Hls4Net.Cli;

/// <summary>Adds the exit codes a command can return to its --help text (verify documents its own).</summary>
public static class ExitCodeHelp
{
    public const string Heading = "Exit codes:";

    public static void Document(Command command)
    {
        if (command.Description?.Contains(Heading, StringComparison.Ordinal) == true) return;
        command.Description = $"{command.Description}\n{Heading} {Codes(command.Name)}";
    }

    private static string Codes(string command) => command switch
    {
        "estimate" => "0 ok (fits); 1 error; 2 usage; 6 missing dependency (HDF5 library for Keras models); 7 over budget (does not fit the part or a --max-* limit).",
        "build" => "0 ok; 1 error (a step other than C synthesis failed, or not a project); 2 usage; 6 missing dependency (vitis_hls not in $XILINX_HLS/bin or on PATH); 9 C synthesis failed; 10 C/RTL co-simulation does not match the C simulation.",
        "report" => "0 ok; 1 error (no reports, or a report that cannot be read: the message names the file and field); 2 usage; 6 missing dependency (HDF5 library, to re-estimate a Keras model).",
        "csim" => "0 ok; 1 error; 2 usage; 4 --compare found outputs that are not bit-exact with the emulator; 6 missing dependency (g++).",
        _ => "0 ok; 1 error; 2 usage; 6 missing dependency (HDF5 library for Keras models).",
    };
}
