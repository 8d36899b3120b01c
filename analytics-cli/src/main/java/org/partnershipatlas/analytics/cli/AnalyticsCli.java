package org.partnershipatlas.analytics.cli;

import java.io.PrintWriter;
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.partnershipatlas.model.validation.ValidationException;

/**
 * The {@code analytics} command line: {@code java -jar analytics-cli/target/analytics-cli.jar <command> --input FILE
 * [--nodes FILE] [options]}. JSON to standard output (CSV with {@code --format csv} where tabular). Bad input or
 * arguments: exit code 2 and one message on standard error naming the file, line and field — never a stack trace.
 */
@Command(name = "analytics", mixinStandardHelpOptions = true, version = "Partnership Atlas analytics 1.0.0",
        description = "Network analytics for partnership networks: native JSON snapshot or edge list in, JSON out.",
        subcommands = {MetricsCommand.class, SuggestCommand.class, RoutesCommand.class, BrokersCommand.class,
                GapsCommand.class, WhatIfCommand.class, SummaryCommand.class, BenchCommand.class, GenerateCommand.class})
public final class AnalyticsCli implements Runnable {
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 1;

    final PrintStream out;

    AnalyticsCli(PrintStream out) {
        this.out = out;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required");
    }

    public static void main(String[] args) {
        var out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        int code = execute(args, out, System.err);
        out.flush();
        System.exit(code);
    }

    /** Runs one command; returns the exit code (0 ok, 2 bad input or usage, 1 an internal error). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        var cli = new AnalyticsCli(out);
        var commandLine = new CommandLine(cli);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof InputException) {
                err.println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof ValidationException ve) {
                err.println("error: " + InputReader.describe(ve));
                return BAD_INPUT;
            }
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                err.println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof UncheckedIOException io) {
                err.println("error: " + io.getCause().getMessage());
                return BAD_INPUT;
            }
            err.println("internal error: " + e);
            return INTERNAL_ERROR;
        });
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            err.println("usage: java -jar analytics-cli.jar <command> --input FILE [--nodes FILE] [options]; "
                    + "--help for more");
            return BAD_INPUT;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory; run java with a larger -Xmx");
            return INTERNAL_ERROR;
        }
    }
}
