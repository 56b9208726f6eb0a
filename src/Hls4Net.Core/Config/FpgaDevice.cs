namespace Hls4Net.Core.Config;

/// <summary>
/// One FPGA device with a default full part name and its resource counts (whole device, as in the vendor's
/// product tables and HLS utilization reports). Cards (U50, U250) count the whole die; the shell uses part of it.
/// </summary>
/// <param name="Alias">Short name, e.g. <c>xcvu9p</c>; also the prefix of every part of this device.</param>
/// <param name="DefaultPart">Full part used when only the alias is given, e.g. <c>xcvu9p-flgb2104-2-e</c>.</param>
/// <param name="Lut">Look-up tables.</param>
/// <param name="Ff">Flip-flops.</param>
/// <param name="Dsp">DSP slices (DSP48E1/E2, or DSP58 engines on Versal).</param>
/// <param name="Bram18K">Block RAM in 18 Kb units (two per 36 Kb block).</param>
/// <param name="Approximate">True when the counts were not checked against the vendor's table.</param>
/// <param name="Uram">UltraRAM blocks (288 Kb each); 0 where the family has none.</param>
/// <param name="Family">Device family, e.g. <c>Virtex UltraScale+</c>.</param>
public sealed record FpgaDevice(
    string Alias, string DefaultPart, int Lut, int Ff, int Dsp, int Bram18K, bool Approximate = false, int Uram = 0, string Family = "");
