package io.jisr.common.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The document reduced to one operation and the fragments it uses. SmallRye GraphQL's GET handler passes the query
 * text where the operation name belongs, so a GET that names an operation is handed on as this document alone, which
 * runs the same operation with nothing to choose between.
 */
final class SelectedOperation {

    private SelectedOperation() {
    }

    static String print(Document document, OperationDefinition operation) {
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
        Set<String> used = new LinkedHashSet<>();
        Deque<SelectionSet> pending = new ArrayDeque<>();
        pending.push(operation.getSelectionSet());
        while (!pending.isEmpty()) {
            for (Selection<?> selection : pending.pop().getSelections()) {
                if (selection instanceof Field field && field.getSelectionSet() != null) {
                    pending.push(field.getSelectionSet());
                } else if (selection instanceof InlineFragment inline) {
                    pending.push(inline.getSelectionSet());
                } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                        && used.add(spread.getName())) {
                    pending.push(fragments.get(spread.getName()).getSelectionSet());
                }
            }
        }
        List<Definition> definitions = new ArrayList<>();
        definitions.add(operation);
        used.forEach(name -> definitions.add(fragments.get(name)));
        return AstPrinter.printAstCompact(Document.newDocument().definitions(definitions).build());
    }
}
