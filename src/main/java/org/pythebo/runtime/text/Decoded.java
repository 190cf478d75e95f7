package org.pythebo.runtime.text;

/** What a decoder made of its input: the text, and how many bytes it consumed. */
public record Decoded(String text, int consumed) {}
