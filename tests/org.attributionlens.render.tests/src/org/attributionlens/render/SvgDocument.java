package org.attributionlens.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** An SVG parsed with the JDK's XML parser (which fails on anything not well-formed), and queries on it. */
final class SvgDocument {

	static final String NS = "http://www.w3.org/2000/svg";

	private final Document document;

	private SvgDocument(Document document) {
		this.document = document;
	}

	static SvgDocument parse(byte[] bytes) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return new SvgDocument(builder.parse(new ByteArrayInputStream(bytes)));
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new AssertionError("the SVG is not well-formed XML: " + e.getMessage(), e);
		}
	}

	Element root() {
		return document.getDocumentElement();
	}

	List<Element> elements(String localName) {
		return list(document.getElementsByTagNameNS(NS, localName));
	}

	/** Elements of a name inside the group with that id. */
	List<Element> elements(String groupId, String localName) {
		return list(group(groupId).getElementsByTagNameNS(NS, localName));
	}

	Element group(String id) {
		for (Element g : elements("g")) {
			if (id.equals(g.getAttribute("id"))) {
				return g;
			}
		}
		throw new AssertionError("no <g id=\"" + id + "\">");
	}

	/** The content of every {@code <text>}, in document order. */
	List<String> texts() {
		return elements("text").stream().map(Element::getTextContent).toList();
	}

	Optional<Element> text(String content) {
		return elements("text").stream().filter(e -> e.getTextContent().equals(content)).findFirst();
	}

	/** The fill of the cell rectangle (in the "cells" group) that contains the point. */
	String cellFillAt(double x, double y) {
		for (Element rect : elements("cells", "rect")) {
			double left = number(rect, "x");
			double top = number(rect, "y");
			if (x >= left && x < left + number(rect, "width") && y >= top && y < top + number(rect, "height")) {
				return rect.getAttribute("fill");
			}
		}
		throw new AssertionError("no cell rect at " + x + ", " + y);
	}

	static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

	private static List<Element> list(NodeList nodes) {
		List<Element> result = new ArrayList<>(nodes.getLength());
		for (int i = 0; i < nodes.getLength(); i++) {
			result.add((Element) nodes.item(i));
		}
		return result;
	}
}
