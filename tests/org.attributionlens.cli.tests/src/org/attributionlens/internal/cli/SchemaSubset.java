package org.attributionlens.internal.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON Schema (draft 2020-12) validator for the keywords {@code docs/summary.schema.json} uses,
 * and no others: {@code type}, {@code enum}, {@code properties}, {@code required},
 * {@code additionalProperties}, {@code items}, {@code minItems}, {@code maxItems},
 * {@code uniqueItems}, {@code minimum}, {@code oneOf} and {@code $ref} to {@code #/$defs/...};
 * {@code $schema}, {@code title} and {@code description} are annotations. A keyword outside this
 * list fails validation of the schema itself, so that the schema can never say something these
 * tests do not check. A full validator would have to be wired into the Tycho test runtime
 * (json-schema-validator and its Jackson databind on the target platform), which costs more than
 * this subset.
 * <p>
 * Instances and schemas are trees as {@link JsonTree#parseNumbers(String)} makes them.
 */
final class SchemaSubset {

	private static final Set<String> ANNOTATIONS = Set.of("$schema", "title", "description", "$defs");
	private static final Set<String> ASSERTIONS = Set.of("type", "enum", "properties", "required",
			"additionalProperties", "items", "minItems", "maxItems", "uniqueItems", "minimum", "oneOf", "$ref");

	private final Map<String, Object> root;

	/** @throws IllegalArgumentException when the schema uses a keyword this class does not check */
	SchemaSubset(Map<String, Object> root) {
		this.root = root;
		checkKeywords(root, "#");
	}

	/** Walks every subschema, whether an instance will reach it or not. */
	@SuppressWarnings("unchecked")
	private static void checkKeywords(Object node, String path) {
		if (node instanceof Boolean) {
			return;
		}
		Map<String, Object> schema = (Map<String, Object>) node;
		for (Map.Entry<String, Object> entry : schema.entrySet()) {
			String keyword = entry.getKey();
			String childPath = path + "/" + keyword;
			if (!ANNOTATIONS.contains(keyword) && !ASSERTIONS.contains(keyword)) {
				throw new IllegalArgumentException("keyword " + keyword + " at " + path + " is not supported");
			}
			switch (keyword) {
			case "properties", "$defs" -> ((Map<String, Object>) entry.getValue())
					.forEach((name, child) -> checkKeywords(child, childPath + "/" + name));
			case "additionalProperties", "items" -> checkKeywords(entry.getValue(), childPath);
			case "oneOf" -> {
				List<Object> alternatives = (List<Object>) entry.getValue();
				for (int i = 0; i < alternatives.size(); i++) {
					checkKeywords(alternatives.get(i), childPath + "/" + i);
				}
			}
			default -> {
				// a keyword whose value is no schema
			}
			}
		}
	}

	/** Every violation, as "path: what"; empty when {@code instance} is valid. */
	List<String> validate(Object instance) {
		List<String> errors = new ArrayList<>();
		validate(root, instance, "$", errors);
		return errors;
	}

	@SuppressWarnings("unchecked")
	private void validate(Object schemaNode, Object instance, String path, List<String> errors) {
		if (schemaNode instanceof Boolean allowed) {
			if (!allowed) {
				errors.add(path + ": no value is allowed here");
			}
			return;
		}
		Map<String, Object> schema = (Map<String, Object>) schemaNode;
		if (schema.containsKey("$ref")) {
			validate(resolve((String) schema.get("$ref")), instance, path, errors);
		}
		if (schema.containsKey("type") && !hasType(schema.get("type"), instance)) {
			errors.add(path + ": " + describe(instance) + " is not of type " + schema.get("type"));
			return;
		}
		if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(instance)) {
			errors.add(path + ": " + instance + " is not one of " + schema.get("enum"));
		}
		if (schema.containsKey("minimum") && instance instanceof Number number
				&& decimal(number).compareTo(decimal((Number) schema.get("minimum"))) < 0) {
			errors.add(path + ": " + number + " is below the minimum " + schema.get("minimum"));
		}
		if (schema.containsKey("oneOf")) {
			int matching = 0;
			for (Object alternative : (List<Object>) schema.get("oneOf")) {
				List<String> alternativeErrors = new ArrayList<>();
				validate(alternative, instance, path, alternativeErrors);
				matching += alternativeErrors.isEmpty() ? 1 : 0;
			}
			if (matching != 1) {
				errors.add(path + ": " + matching + " alternatives of oneOf match, not exactly 1");
			}
		}
		if (instance instanceof Map<?, ?> object) {
			validateObject(schema, (Map<String, Object>) object, path, errors);
		}
		if (instance instanceof List<?> array) {
			validateArray(schema, array, path, errors);
		}
	}

	@SuppressWarnings("unchecked")
	private void validateObject(Map<String, Object> schema, Map<String, Object> object, String path,
			List<String> errors) {
		for (Object name : (List<Object>) schema.getOrDefault("required", List.of())) {
			if (!object.containsKey(name)) {
				errors.add(path + ": the required key " + name + " is missing");
			}
		}
		Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
		for (Map.Entry<String, Object> entry : object.entrySet()) {
			String childPath = path + "." + entry.getKey();
			if (properties.containsKey(entry.getKey())) {
				validate(properties.get(entry.getKey()), entry.getValue(), childPath, errors);
			} else if (schema.containsKey("additionalProperties")) {
				validate(schema.get("additionalProperties"), entry.getValue(), childPath, errors);
			}
		}
	}

	private void validateArray(Map<String, Object> schema, List<?> array, String path, List<String> errors) {
		if (schema.containsKey("minItems") && array.size() < ((Number) schema.get("minItems")).intValue()) {
			errors.add(path + ": " + array.size() + " items, fewer than " + schema.get("minItems"));
		}
		if (schema.containsKey("maxItems") && array.size() > ((Number) schema.get("maxItems")).intValue()) {
			errors.add(path + ": " + array.size() + " items, more than " + schema.get("maxItems"));
		}
		if (Boolean.TRUE.equals(schema.get("uniqueItems")) && new HashSet<>(array).size() != array.size()) {
			errors.add(path + ": the items are not unique");
		}
		if (schema.containsKey("items")) {
			for (int i = 0; i < array.size(); i++) {
				validate(schema.get("items"), array.get(i), path + "[" + i + "]", errors);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private Object resolve(String reference) {
		String prefix = "#/$defs/";
		if (!reference.startsWith(prefix)) {
			throw new IllegalArgumentException("only references to #/$defs/ are supported, not " + reference);
		}
		Object target = ((Map<String, Object>) root.get("$defs")).get(reference.substring(prefix.length()));
		if (target == null) {
			throw new IllegalArgumentException("no definition for " + reference);
		}
		return target;
	}

	private static boolean hasType(Object type, Object instance) {
		if (type instanceof List<?> types) {
			return types.stream().anyMatch(one -> hasType(one, instance));
		}
		return switch ((String) type) {
		case "null" -> instance == null;
		case "boolean" -> instance instanceof Boolean;
		case "string" -> instance instanceof String;
		case "integer" -> instance instanceof Long || instance instanceof BigDecimal decimal
				&& decimal.stripTrailingZeros().scale() <= 0;
		case "number" -> instance instanceof Number;
		case "array" -> instance instanceof List;
		case "object" -> instance instanceof Map;
		default -> throw new IllegalArgumentException("unknown type " + type);
		};
	}

	private static BigDecimal decimal(Number number) {
		return number instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(number.longValue());
	}

	private static String describe(Object instance) {
		return instance == null ? "null" : instance.getClass().getSimpleName() + " " + instance;
	}
}
