from dossier.serve.cli import main

main()
