using Hls4Net.Cli;

return new HlsCli().Run(args);
