package org.vigie.app;

/** Small hand-written articles for the server tests: two outlets on one strike, and one hostile title. */
public final class Corpus {
  private Corpus() {}

  public static final String SCRIPT_TITLE = "<script>alert('pwned')</script> Les pêcheurs bloquent le port";

  public static final String ARTICLES = """
      [
        {"id": "greve-1", "outlet": "Le Quotidien de la Plaine", "published": "2026-03-03", "language": "fr",
         "title": "Grève des cheminots : le trafic ferroviaire paralysé dans la région",
         "text": "La grève des cheminots a paralysé le trafic ferroviaire mardi dans toute la région. Claire Montval, porte-parole du syndicat, a déclaré « nous tiendrons jusqu'au retrait du plan ». Les trains régionaux sont supprimés et les gares restent fermées. Le trafic ferroviaire ne reprendra pas avant jeudi selon la direction des cheminots."},
        {"id": "greve-2", "outlet": "L'Éclaireur de Loire", "published": "2026-03-04", "language": "fr",
         "title": "Les cheminots en grève, trafic ferroviaire toujours paralysé",
         "text": "Au deuxième jour de grève, les cheminots maintiennent le trafic ferroviaire paralysé dans la région. « Nous tiendrons jusqu'au retrait du plan », répète Claire Montval, porte-parole du syndicat des cheminots. Les gares restent fermées et les trains régionaux supprimés jusqu'à jeudi."},
        {"id": "peche-1", "outlet": "Nord Matin", "published": "2026-02-10", "language": "fr",
         "title": "<script>alert('pwned')</script> Les pêcheurs bloquent le port",
         "text": "Les pêcheurs de l'estuaire ont bloqué le port avec leurs chalutiers pour protester contre les quotas de sole. <script>alert('body')</script> Les criées sont fermées et les marins réclament une réunion avec le préfet maritime."}
      ]
      """;
}
