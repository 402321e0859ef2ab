/**
 * UN Security Council Consolidated List XML (`CONSOLIDATED_LIST`, sc-sanctions.xsd): streams
 * INDIVIDUAL and ENTITY records. The root element is checked first so that another list's file is
 * refused before anything is read as UN.
 */
import { InputError } from '../../errors.js';
import { displayName } from '../common/decode.js';
import { xmlRecords, type XmlNode } from '../common/xml.js';

export interface UnHeader {
  dateGenerated?: string;
}

export async function* readUnRecords(file: string, header: UnHeader = {}): AsyncGenerator<XmlNode> {
  yield* xmlRecords(file, {
    records: new Set(['INDIVIDUAL', 'ENTITY']),
    onRoot(root) {
      if (root.name !== 'CONSOLIDATED_LIST') {
        throw new InputError(`not a UN Consolidated List: the root element is <${root.name}>, expected <CONSOLIDATED_LIST>`, { file: displayName(file), line: 1 });
      }
      header.dateGenerated = root.attrs.dateGenerated;
    },
  });
}
