package org.attributionlens.model.io.numpy;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.attributionlens.internal.model.io.CaptumArrays;
import org.attributionlens.internal.model.io.QuotedNames;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;

/**
 * A {@code .npz} file as {@code np.savez} (stored) and {@code np.savez_compressed} (deflated)
 * write it: a zip of {@code .npy} members, read in one pass in whatever order they come.
 * {@code token_attr} is required; {@code input_tokens}, {@code output_tokens}, {@code seq_attr}
 * and {@code output_probs} are read when present; other members are skipped (but counted against
 * the limit for compressed files, like everything decompressed).
 */
final class NpzReader {

	static final String FORMAT_LABEL = "numpy .npz";
	static final String TOKEN_ATTR = "token_attr";
	private static final Set<String> KEYS = Set.of(TOKEN_ATTR, "input_tokens", "output_tokens", "seq_attr", "output_probs");

	private final ReadLimits limits;
	private final MemoryBudget.Strings kept = new MemoryBudget.Strings("keeping the tokens");
	private final List<String> names = new ArrayList<>();

	private NpzReader(ReadLimits limits) {
		this.limits = limits;
	}

	static AttributionMatrix read(InputStream in, ReadOptions options) throws IOException, AttributionFormatException {
		new CaptumArrays(FORMAT_LABEL, options.limits()).checkSequence(options.sequence());
		return new NpzReader(options.limits()).read(in);
	}

	private AttributionMatrix read(InputStream in) throws IOException, AttributionFormatException {
		CaptumArrays arrays;
		try {
			arrays = members(in);
		} catch (LimitedStream.Exceeded e) {
			throw SourcePosition.START.error(LimitMessages.decompressed(limits));
		} catch (EOFException e) {
			throw SourcePosition.START.error("the .npz file is cut off: a zip member ends early (truncated?)");
		} catch (ZipException e) {
			throw SourcePosition.START.error("the .npz file is not a valid zip file (as np.savez writes): "
					+ InertText.shorten(String.valueOf(e.getMessage()), InertText.MAX_QUOTE));
		} catch (IllegalArgumentException e) {
			// the JDK's zip reader refuses member names that are not UTF-8 this way
			throw SourcePosition.START.error("the .npz file is not a valid zip file: a member's name is not valid text");
		}
		if (!arrays.hasTokenAttr()) {
			throw SourcePosition.START.error("the .npz file has no member token_attr.npy"
					+ (names.isEmpty() ? " (it holds no member at all)" : " (it holds " + QuotedNames.of(names) + ")")
					+ "; expected token_attr (n_output x n_input), input_tokens and output_tokens, as"
					+ " np.savez(\"run.npz\", token_attr=..., input_tokens=..., output_tokens=...) writes them");
		}
		return arrays.build(SourcePosition.START);
	}

	private CaptumArrays members(InputStream in) throws IOException, AttributionFormatException {
		ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
		LimitedStream member = new LimitedStream(zip, limits.maxDecompressedBytes());
		Set<String> seen = new HashSet<>();
		ZipEntry entry;
		CaptumArrays collected = new CaptumArrays(FORMAT_LABEL, limits);
		while ((entry = zip.getNextEntry()) != null) {
			String name = entry.getName();
			if (names.size() <= QuotedNames.SHOWN) {
				names.add(name);
			}
			String key = name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
			if (!KEYS.contains(key)) {
				member.skip(Long.MAX_VALUE);
				continue;
			}
			String what = "member " + InertText.quote(name);
			if (!seen.add(key)) {
				throw SourcePosition.START.error("the .npz file holds " + what + " twice");
			}
			read(member, key, what, entry.getSize(), collected);
			if (member.read() >= 0) {
				throw SourcePosition.START.error(what + " holds more bytes than its shape needs; a .npy member holds exactly one array");
			}
		}
		return collected;
	}

	private void read(InputStream member, String key, String what, long size, CaptumArrays arrays)
			throws IOException, AttributionFormatException {
		NpyHeader header = NpyHeader.read(member, what, SourcePosition.START);
		NpyArray array = new NpyArray(header, key, limits, SourcePosition.START, size < 0 ? -1 : size - header.length(), false);
		switch (key) {
		case TOKEN_ATTR -> array.readTokenAttr(member, arrays);
		case "input_tokens" -> arrays.inputTokens(array.readTokens(member, kept));
		case "output_tokens" -> arrays.outputTokens(array.readTokens(member, kept));
		case "seq_attr" -> arrays.seqAttr(array.readVector(member, "one per input token"));
		default -> arrays.outputProbs(array.readVector(member, "one per output token"));
		}
	}
}
