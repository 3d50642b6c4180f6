"""The API's routes, one router per resource; :mod:`dossier.serve.api` assembles them into the app."""
