package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad option value is a usage error (exit 2) that names the option, before the file is read. */
class OptionValidationTest {

	@TempDir
	Path dir;

	static Stream<Arguments> badValues() {
		List<Arguments> cases = new ArrayList<>();
		for (String bad : List.of("1e-300", "0", "-1", "NaN", "Infinity", "-Infinity", "0x1p3", "1d", "", " ", "abc",
				"1e999", "16.0001", "0.09", "\u0663")) {
			cases.add(Arguments.of("render", "--scale", bad, ".png"));
		}
		for (String bad : List.of("-1", "9", "2.5", "NaN", "99999999999999999999", "\u0663", "", "0x1")) {
			cases.add(Arguments.of("render", "--decimals", bad, ".svg"));
		}
		for (String option : List.of("--max-cells", "--max-decompressed-size", "--max-token-length",
				"--max-nesting-depth", "--max-string-length")) {
			for (String bad : List.of("0", "-5", "1.5", "NaN", "1e3", "99999999999999999999999", "\u0663", "", "12Q")) {
				cases.add(Arguments.of("validate", option, bad, null));
			}
		}
		for (String bad : List.of("-1", "x", "1.0", "99999999999")) {
			cases.add(Arguments.of("convert", "--sequence", bad, ".attr.json"));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} \"{2}\"")
	@MethodSource("badValues")
	void isAUsageErrorNamingTheOption(String command, String option, String value, String outputSuffix)
			throws Exception {
		Path input = dir.resolve("in.attr.json");
		Files.writeString(input, "{\"input_tokens\":[\"a\"],\"output_tokens\":[\"b\"],\"token_attr\":[[1]]}");
		List<String> args = new ArrayList<>(List.of(command, input.toString(), option, value));
		Path output = null;
		if (outputSuffix != null) {
			output = dir.resolve("out" + outputSuffix);
			args.addAll(List.of("-o", output.toString()));
		}
		CliRun run = CliRun.of(args.toArray(String[]::new));
		assertEquals(2, run.exitCode(), run.err());
		String first = run.err().lines().findFirst().orElse("");
		assertTrue(first.contains(option), first);
		assertFalse(first.contains("internal error"), first);
		if (output != null) {
			assertFalse(Files.exists(output));
		}
	}
}
