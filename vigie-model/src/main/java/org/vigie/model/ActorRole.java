package org.vigie.model;

/** A title or function an article gives an actor ("porte-parole de Véloce"), and the article that gives it. */
public record ActorRole(String role, String article) {}
